"""A member's share ledger: subscriptions, installments, payments, refunds, and actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import SharePaymentMethod
from app.fi.reference import format_fi_reference
from app.locale import format_money
from app.services.errors import ValidationError
from app.services.members import MemberRow
from app.services.share_ledger import InstallmentLine, LedgerEntry, share_ledger
from app.services.shares import (
    OverpaymentError,
    record_share_payment,
    record_wage_deduction_consent,
    subscribe_shares,
)
from ui.i18n import current_language, fill
from ui.labels import label
from ui.operations import Context, perform, read
from ui.widgets.confirm import confirm
from ui.widgets.fields import DateField, MoneyField
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form import EnumCombo
from ui.widgets.form_dialog import FittedDialog, FormDialog
from ui.widgets.table_fit import fit_columns, preview_table
from ui.widgets.table_model import Column, RowTableModel, date_text

ENTRY_KINDS = {
    "subscription": QT_TRANSLATE_NOOP("LedgerModel", "Subscribed"),
    "payment": QT_TRANSLATE_NOOP("LedgerModel", "Paid"),
    "refund": QT_TRANSLATE_NOOP("LedgerModel", "Refunded"),
}


class LedgerModel(RowTableModel[LedgerEntry]):
    CONTEXT = "LedgerModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("LedgerModel", "Date"),
            lambda r, lang: date_text(r.on, lang),
            lambda r: r.on,
        ),
        Column(
            QT_TRANSLATE_NOOP("LedgerModel", "Event"),
            lambda r, lang: LedgerModel.tr_text(ENTRY_KINDS[r.kind]),
            lambda r: r.kind,
        ),
        Column(
            QT_TRANSLATE_NOOP("LedgerModel", "Method"),
            lambda r, lang: label(r.method),
            lambda r: label(r.method),
        ),
        Column(
            QT_TRANSLATE_NOOP("LedgerModel", "Amount"),
            lambda r, lang: format_money(r.amount, lang),
            lambda r: r.amount,
            numeric=True,
        ),
    )

    @staticmethod
    def tr_text(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("LedgerModel", text)


class InstallmentModel(RowTableModel[InstallmentLine]):
    CONTEXT = "InstallmentModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("InstallmentModel", "Due"),
            lambda r, lang: date_text(r.due_on, lang),
            lambda r: r.due_on,
        ),
        Column(
            QT_TRANSLATE_NOOP("InstallmentModel", "Amount"),
            lambda r, lang: format_money(r.amount, lang),
            lambda r: r.amount,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("InstallmentModel", "Paid"),
            lambda r, lang: format_money(r.paid, lang),
            lambda r: r.paid,
            numeric=True,
        ),
    )


class SharesDialog(FittedDialog):
    def __init__(self, context: Context, row: MemberRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.setWindowTitle(fill(self.tr("Shares of %1"), row.name))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.ledger_model = LedgerModel(self)
        self.installment_model = InstallmentModel(self)
        tables = QGridLayout()
        tables.addWidget(QLabel(self.tr("Events"), self), 0, 0)
        tables.addWidget(QLabel(self.tr("Installment plan"), self), 0, 1)
        self.ledger_table = preview_table(self, self.ledger_model, self.tr("Share events"))
        self.installment_table = preview_table(
            self, self.installment_model, self.tr("Installment plan")
        )
        tables.addWidget(self.ledger_table, 1, 0)
        tables.addWidget(self.installment_table, 1, 1)
        tables.setColumnStretch(0, 3)
        tables.setColumnStretch(1, 2)

        actions = FlowLayout()
        for text, slot in (
            (self.tr("&Subscribe shares…"), self.subscribe),
            (self.tr("&Record payment…"), self.record_payment),
            (self.tr("&Wage deduction consent…"), self.consent),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            actions.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(tables, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.preferred = (100, 26)
        self.refresh()

    def refresh(self) -> None:
        ledger = read(self.context, share_ledger, self.row.id)
        lang = current_language()
        text = fill(
            self.tr("Shares: %1 · subscribed %2 · paid %3 · <b>open %4</b> · payment reference %5"),
            ledger.shares,
            format_money(ledger.subscribed, lang),
            format_money(ledger.paid, lang),
            format_money(ledger.open, lang),
            format_fi_reference(ledger.reference),
        )
        if ledger.refund_due:
            text += "<br>" + fill(
                self.tr("Refund of %1 due on %2."),
                format_money(ledger.refund_due, lang),
                date_text(ledger.refund_due_on, lang),
            )
        self.summary.setText(text)
        self.ledger_model.set_rows(ledger.entries)
        self.installment_model.set_rows(ledger.installments)
        fit_columns(self.ledger_table)
        fit_columns(self.installment_table)

    def subscribe(self) -> None:
        dialog = FormDialog(self.tr("Subscribe shares"), "", self)
        count = QSpinBox()
        count.setRange(1, 1000)
        dialog.form.add_row("share_count", self.tr("&Number of shares"), count)
        dialog.form.add_row("subscribed_on", self.tr("Subscribed &on"), DateField(date.today()))
        dialog.form.add_row(
            "installment", self.tr("&Installment per month (€, optional)"), MoneyField()
        )
        dialog.form.add_row("first_due_on", self.tr("&First installment due"), DateField())

        def submit() -> None:
            on = dialog.read("subscribed_on", DateField.date_value)
            per_month = dialog.read("installment", MoneyField.amount, required=False)
            first_due = dialog.read("first_due_on", DateField.date_value, required=False)
            perform(
                self.context,
                subscribe_shares,
                self.row.id,
                count.value(),
                on,
                installment=per_month,
                first_due_on=first_due,
            )

        dialog.submit = submit
        if dialog.exec():
            self.refresh()

    def record_payment(self) -> None:
        dialog = FormDialog(self.tr("Record a share fee payment"), "", self)
        dialog.form.add_row("amount", self.tr("&Amount (€)"), MoneyField())
        dialog.form.add_row("paid_on", self.tr("&Paid on"), DateField(date.today()))
        method = EnumCombo(list(SharePaymentMethod))
        method.set_value(SharePaymentMethod.BANK)
        dialog.form.add_row("method", self.tr("&Method"), method)
        dialog.form.add_field("reference", self.tr("&Reference or receipt"))
        dialog.form.add_row("wage_month", self.tr("&Wage month (deductions)"), DateField())

        def submit() -> None:
            amount = dialog.read("amount", MoneyField.amount)
            paid_on = dialog.read("paid_on", DateField.date_value)
            wage_month = dialog.read("wage_month", DateField.date_value, required=False)
            reference = dialog.read("reference", QLineEdit.text, required=False)
            args = (self.row.id, amount, paid_on, method.value())
            kwargs = {"reference": reference, "wage_month": wage_month}
            try:
                perform(self.context, record_share_payment, *args, **kwargs)
            except OverpaymentError as exc:
                if not self.confirm_overpayment(exc):
                    raise ValidationError({"amount": "over_open"}) from exc
                perform(self.context, record_share_payment, *args, **kwargs, allow_overpayment=True)

        dialog.submit = submit
        if dialog.exec():
            self.refresh()

    def confirm_overpayment(self, error: OverpaymentError) -> bool:
        lang = current_language()
        answer = confirm(
            self,
            self.tr("Larger than the open share fee"),
            fill(
                self.tr(
                    "The payment %1 is larger than the open share fee %2. Was more paid "
                    "on purpose? Answer No to correct the amount."
                ),
                format_money(error.amount, lang),
                format_money(error.open_amount, lang),
            ),
        )
        return answer

    def consent(self) -> None:
        dialog = FormDialog(
            self.tr("Wage deduction consent"),
            self.tr(
                "Record that the member has signed a written consent to pay share fees "
                "by deduction from wages. Keep the signed paper."
            ),
            self,
        )
        dialog.form.add_row("given_on", self.tr("&Signed on"), DateField(date.today()))

        def submit() -> None:
            given_on = dialog.read("given_on", DateField.date_value)
            perform(self.context, record_wage_deduction_consent, self.row.id, given_on)

        dialog.submit = submit
        if dialog.exec():
            self.refresh()
