"""The Invoicing tab: invoices, credit notes and what is still unpaid."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from app.domain.enums import InvoiceKind
from app.locale import format_money
from app.services.invoicing import (
    InvoiceRow,
    InvoiceStatus,
    invoice_row_position,
    list_invoices,
    receivable_totals,
)
from app.services.policy import Permission
from ui.i18n import current_language, fill
from ui.operations import Context, Operation, read
from ui.widgets.confirm import confirm
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.list_tab import ListTab

from .model import InvoiceTableModel


class InvoicingTab(ListTab):
    SHOWS = frozenset({"invoice", "invoice_line", "payment", "customer"})

    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(
            context,
            InvoiceTableModel(),
            list_invoices,
            parent,
            position_loader=invoice_row_position,
        )
        self.totals = QLabel(self)
        self.totals.setAccessibleName(self.tr("Receivables"))
        self.new_button = self._button(self.tr("&New invoice…"), self.new_record)
        self.open_button = self._button(self.tr("&Open…"), self.open_selected)
        self.issue_button = self._button(self.tr("Iss&ue…"), self.issue_selected)
        self.credit_button = self._button(self.tr("Cr&edit…"), self.credit_selected)
        self.pdf_button = self._button(self.tr("&PDF…"), self.pdf_selected)
        self.delete_button = self._button(self.tr("&Delete draft…"), self.delete_selected)
        self.run_button = self._button(self.tr("Invoice &run…"), self.invoice_run)
        self.send_button = self._button(self.tr("E-m&ail / e-invoice…"), self.send_selected)
        self.settings_button = self._button(self.tr("Invoice se&ttings…"), self.open_settings)
        self.settings_button.setVisible(context.actor.may(Permission.SETTINGS))
        bar_widget = QWidget(self)
        bar = FlowLayout(bar_widget)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.totals,
            self.new_button,
            self.open_button,
            self.issue_button,
            self.credit_button,
            self.pdf_button,
            self.delete_button,
            self.send_button,
            self.run_button,
            self.settings_button,
        ):
            bar.addWidget(widget)
        self.layout().insertWidget(0, bar_widget)
        self.list.activated.connect(lambda _row: self.open_selected())
        self.list.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.list.rows_loaded.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def list_name(self) -> str:
        return self.tr("Invoices")

    def refresh(self) -> None:
        super().refresh()
        self._update_buttons()
        QTimer.singleShot(0, self, self.load_totals)

    def load_totals(self) -> None:
        totals = read(self.context, receivable_totals)
        lang = current_language()
        self.totals.setText(
            fill(
                self.tr("Open: %1 · overdue: %2"),
                format_money(totals.open, lang),
                format_money(totals.overdue, lang),
            )
        )

    def selected(self) -> InvoiceRow | None:
        return self.list.selected_row()

    def _update_buttons(self, *_args) -> None:
        row = self.selected()
        draft = row is not None and row.status == InvoiceStatus.DRAFT
        issued_invoice = (
            row is not None
            and not draft
            and row.kind == InvoiceKind.INVOICE
            and row.status != InvoiceStatus.CREDITED
        )
        self.open_button.setEnabled(draft)
        self.issue_button.setEnabled(draft)
        self.delete_button.setEnabled(draft)
        self.credit_button.setEnabled(issued_invoice)
        self.pdf_button.setEnabled(row is not None)
        self.send_button.setEnabled(issued_invoice)

    # --- actions --------------------------------------------------------------------------

    def new_record(self) -> None:
        """Ctrl+N: a new draft invoice."""
        from .draft_dialog import DraftDialog

        dialog = DraftDialog(self.context, None, self)
        if dialog.exec():
            self.refresh()
            self.list.select_id(dialog.invoice_id)

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.status != InvoiceStatus.DRAFT:
            self.pdf_selected()  # an issued invoice is what its PDF shows
            return
        from .draft_dialog import DraftDialog

        DraftDialog(self.context, row.id, self).exec()

    def issue_selected(self) -> None:
        from app.services.invoice_issue import issue_invoice

        row = self.selected()
        if row is None or row.status != InvoiceStatus.DRAFT:
            return
        question = fill(
            self.tr(
                "Issue the invoice to %1 for %2? It gets the next number and can never be "
                "changed again; corrections are made with a credit note."
            ),
            row.customer,
            format_money(row.total, current_language()),
        )
        if not confirm(self, self.tr("Issue invoice"), question, default_safe=False):
            return
        Operation(self, self.context, issue_invoice, row.id).success(
            lambda issued: self._issued(row.id, issued.number)
        ).on_invalid(self._not_issued).run()

    def _issued(self, invoice_id: int, number: int) -> None:
        self.refresh()
        self.list.select_id(invoice_id)
        QMessageBox.information(
            self, self.tr("Issue invoice"), fill(self.tr("Invoice %1 was issued."), str(number))
        )

    def _not_issued(self, problems: dict[str, str]) -> None:
        reasons = {
            "lines": self.tr("the invoice has no lines"),
            "customer_address": self.tr(
                "the customer has no complete address (street, postal code and town)"
            ),
            "buyer_vat_id": self.tr(
                "a reverse-charge line needs the buyer's VAT ID: add the customer's business ID"
            ),
        }
        text = "\n".join(f"• {reasons.get(key, key)}" for key in problems)
        QMessageBox.warning(
            self,
            self.tr("Issue invoice"),
            fill(self.tr("The invoice was not issued:\n%1"), text),
        )

    def credit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        from .credit_dialog import CreditDialog

        dialog = CreditDialog(self.context, row.id, row.number, self)
        if dialog.exec():
            self.refresh()

    def pdf_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        from .pdf_dialog import InvoicePdfDialog

        InvoicePdfDialog(self.context, row.id, row.number, self).exec()

    def delete_selected(self) -> None:
        from app.services.invoice_drafts import delete_draft

        row = self.selected()
        if row is None or row.status != InvoiceStatus.DRAFT:
            return
        question = fill(
            self.tr("Delete the draft invoice to %1? Its hours can be invoiced again."),
            row.customer,
        )
        if confirm(self, self.tr("Delete draft"), question):
            Operation(self, self.context, delete_draft, row.id).run()

    def invoice_run(self) -> None:
        from .run_dialog import InvoiceRunDialog

        InvoiceRunDialog(self.context, self).exec()
        self.refresh()

    def send_selected(self) -> None:
        row = self.selected()
        if row is None or row.status == InvoiceStatus.DRAFT:
            return
        from app.services.einvoice_sending import einvoice_route

        route = read(self.context, einvoice_route, row.id)
        if route is not None:  # the buyer takes e-invoices: the Finvoice file, not e-mail
            from .einvoice_send_dialog import EInvoiceSendDialog

            EInvoiceSendDialog(self.context, row.id, row.number, route, self).exec()
            return
        from .send_dialog import SendDialog

        SendDialog(self.context, row.id, row.number, self).exec()

    def open_settings(self) -> None:
        from .settings_dialog import InvoiceSettingsDialog

        InvoiceSettingsDialog(self.context, self).exec()
