"""Record money received for one invoice by hand (cash, a transfer seen in the bank app)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from app.domain.enums import PaymentMethod
from app.locale import format_money
from app.services.payments import (
    InvoicePaymentInfo,
    RecordedPayment,
    invoice_payment_info,
    record_payment,
)
from ui.i18n import current_language, fill
from ui.operations import Context, perform, read
from ui.widgets.fields import DateField, MoneyField, typed
from ui.widgets.form_dialog import FormDialog
from ui.widgets.table_model import date_text


class RecordPaymentDialog(FormDialog):
    def __init__(
        self, context: Context, info: InvoicePaymentInfo, parent: QWidget | None = None
    ) -> None:
        lang = current_language()
        intro = fill(
            QCoreApplication.translate(
                "RecordPaymentDialog", "%1 · issued %2 · due %3 · total %4 · open %5"
            ),
            info.customer,
            date_text(info.issue_date, lang),
            date_text(info.due_date, lang),
            format_money(info.total, lang),
            format_money(info.open_amount, lang),
        )
        title = fill(
            QCoreApplication.translate("RecordPaymentDialog", "Record a payment for invoice %1"),
            info.number,
        )
        super().__init__(title, intro, parent)
        self.context = context
        self.info = info
        self.recorded: RecordedPayment | None = None
        self.amount = MoneyField(info.open_amount if info.open_amount > 0 else None)
        self.form.add_row("amount", self.tr("&Amount (€)"), self.amount)
        self.form.add_row("paid_on", self.tr("&Paid on"), DateField(date.today()))
        self.method = QComboBox()
        for method, text in (
            (PaymentMethod.BANK, self.tr("Bank transfer")),
            (PaymentMethod.CASH, self.tr("Cash")),
            (PaymentMethod.OTHER, self.tr("Other")),
        ):
            self.method.addItem(text, method)
        self.form.add_row("method", self.tr("&Method"), self.method)
        self.payer = self.form.add_field("payer_name", self.tr("Pa&yer"), info.customer)
        self.note = self.form.add_field("note", self.tr("&Note"))

    def submit(self) -> None:
        amount = self.read("amount", MoneyField.amount)
        paid_on = self.read("paid_on", DateField.date_value)
        self.recorded = perform(
            self.context,
            record_payment,
            self.info.id,
            amount,
            paid_on,
            self.method.currentData(),
            payer_name=typed(self.payer),
            note=typed(self.note),
        )
        self._warn(self.recorded)

    def _warn(self, recorded: RecordedPayment) -> None:
        lang = current_language()
        notes = []
        if "before_invoice" in recorded.warnings:
            notes.append(self.tr("The payment date is before the invoice date. Check the date."))
        if "overpaid" in recorded.warnings:
            notes.append(
                fill(
                    self.tr("The invoice is now overpaid by %1: refund it or use it later."),
                    format_money(-recorded.open_amount, lang),
                )
            )
        if notes:
            QMessageBox.information(self, self.tr("Payment recorded"), "\n\n".join(notes))


def open_record_payment(
    parent: QWidget | None, context: Context, invoice_id: int
) -> RecordPaymentDialog:
    return RecordPaymentDialog(context, read(context, invoice_payment_info, invoice_id), parent)
