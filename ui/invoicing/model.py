"""Qt model of the invoices list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from app.locale import format_money
from app.services.invoicing import InvoiceRow
from ui.labels import label
from ui.widgets.table_model import Column, RowTableModel, date_text


class InvoiceTableModel(RowTableModel[InvoiceRow]):
    CONTEXT = "InvoiceTableModel"
    NUMBER, KIND, CUSTOMER, ISSUED, DUE, TOTAL, OPEN, STATUS = range(8)
    DEFAULT_SORT = (ISSUED, Qt.SortOrder.DescendingOrder)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Number"),
            lambda r, lang: r.number,
            lambda r: int(r.number) if r.number.isdigit() else None,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Kind"),
            lambda r, lang: label(r.kind),
            lambda r: label(r.kind),
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Customer"),
            lambda r, lang: r.customer,
            lambda r: r.customer,
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Date"),
            lambda r, lang: date_text(r.issue_date, lang),
            lambda r: r.issue_date,
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Due"),
            lambda r, lang: date_text(r.due_date, lang),
            lambda r: r.due_date,
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Total"),
            lambda r, lang: format_money(r.total, lang),
            lambda r: r.total,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Open"),
            lambda r, lang: format_money(r.open_amount, lang),
            lambda r: r.open_amount,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("InvoiceTableModel", "Status"),
            lambda r, lang: label(r.status),
            lambda r: label(r.status),
        ),
    )
