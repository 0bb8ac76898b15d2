"""Qt model of the invoices list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from app.locale import format_money
from app.services.invoicing import InvoiceRow
from ui.labels import label
from ui.widgets.table_model import Column, PagedTableModel, date_text


class InvoiceTableModel(PagedTableModel[InvoiceRow]):
    CONTEXT = "InvoiceTableModel"
    NUMBER, KIND, CUSTOMER, ISSUED, DUE, TOTAL, OPEN, REFERENCE, STATUS, SENT = range(10)
    DEFAULT_SORT = (ISSUED, Qt.SortOrder.DescendingOrder)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Number"),
            lambda r, lang: r.number,
            numeric=True,
            sort="number",
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Kind"),
            lambda r, lang: label(r.kind),
            sort="kind",
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Customer"),
            lambda r, lang: r.customer,
            sort="customer",
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Date"),
            lambda r, lang: date_text(r.issue_date, lang),
            sort="issued",
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Due"),
            lambda r, lang: date_text(r.due_date, lang),
            sort="due",
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Total"),
            lambda r, lang: format_money(r.total, lang),
            numeric=True,
            sort="total",
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Open"),
            lambda r, lang: format_money(r.open_amount, lang),
            numeric=True,
            sort="open",
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Reference"),
            lambda r, lang: r.reference,
            sort="reference",
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Status"),
            lambda r, lang: label(r.status),
        ),
        # When the invoice went to the buyer (e-mail or e-invoice file); empty: not yet.
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Sent"),
            lambda r, lang: date_text(r.sent_on, lang),
        ),
    )
