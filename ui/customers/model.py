"""Qt model of the customers list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.services.customers import CustomerRow
from ui.labels import label
from ui.widgets.table_model import Column, PagedTableModel

from .labels import kind_label


def _active(row: CustomerRow) -> str:
    if row.active:
        return QCoreApplication.translate("CustomerTableModel", "yes")
    return QCoreApplication.translate("CustomerTableModel", "no")


class CustomerTableModel(PagedTableModel[CustomerRow]):
    CONTEXT = "CustomerTableModel"
    NUMBER, NAME, KIND, BUSINESS_ID, CITY, LANGUAGE, EINVOICE, ACTIVE = range(8)
    DEFAULT_SORT = (NAME, Qt.SortOrder.AscendingOrder)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("CustomerTableModel", "No."),
            lambda r, lang: str(r.customer_number),
            numeric=True,
            sort="number",
        ),
        Column(
            QT_TRANSLATE_NOOP("CustomerTableModel", "Name"), lambda r, lang: r.name, sort="name"
        ),
        Column(
            QT_TRANSLATE_NOOP("CustomerTableModel", "Kind"),
            lambda r, lang: kind_label(r.kind),
            sort="kind",
        ),
        Column(
            QT_TRANSLATE_NOOP("CustomerTableModel", "Business ID"),
            lambda r, lang: r.business_id,
            sort="business_id",
        ),
        Column(
            QT_TRANSLATE_NOOP("CustomerTableModel", "Town"), lambda r, lang: r.city, sort="city"
        ),
        Column(
            QT_TRANSLATE_NOOP("CustomerTableModel", "Language"),
            lambda r, lang: label(r.language),
            sort="language",
        ),
        Column(
            QT_TRANSLATE_NOOP("CustomerTableModel", "E-invoice address"),
            lambda r, lang: r.einvoice_address,
            sort="einvoice",
        ),
        Column(
            QT_TRANSLATE_NOOP("CustomerTableModel", "Active"),
            lambda r, lang: _active(r),
            sort="active",
        ),
    )
