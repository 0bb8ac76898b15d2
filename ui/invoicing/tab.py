"""The Invoicing tab: invoices, credit notes and what is still unpaid."""

from __future__ import annotations

from app.services.invoicing import invoice_row_position, list_invoices
from ui.operations import Context
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

    def list_name(self) -> str:
        return self.tr("Invoices")
