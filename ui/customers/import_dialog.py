"""Import customers from a spreadsheet: preview with per-row problems, then all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QWidget,
)

from app.services.customer_import import (
    CustomerImportPreview,
    CustomerRowResult,
    commit_customer_import,
    map_customer_columns,
    preview_customer_import,
    read_table,
)
from app.services.uow import Cancelled
from ui.i18n import fill
from ui.operations import Context, read
from ui.operations.jobs import Progress
from ui.widgets.field_errors import problem_text
from ui.widgets.import_preview import ImportPreviewDialog
from ui.widgets.table_model import Column, RowTableModel

FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("CustomerImportFields", "name"),
    "kind": QT_TRANSLATE_NOOP("CustomerImportFields", "kind"),
    "business_id": QT_TRANSLATE_NOOP("CustomerImportFields", "business ID"),
    "street": QT_TRANSLATE_NOOP("CustomerImportFields", "street address"),
    "postal_code": QT_TRANSLATE_NOOP("CustomerImportFields", "postal code"),
    "city": QT_TRANSLATE_NOOP("CustomerImportFields", "town"),
    "country": QT_TRANSLATE_NOOP("CustomerImportFields", "country"),
    "language": QT_TRANSLATE_NOOP("CustomerImportFields", "language"),
    "contact_person": QT_TRANSLATE_NOOP("CustomerImportFields", "contact person"),
    "email": QT_TRANSLATE_NOOP("CustomerImportFields", "email"),
    "phone": QT_TRANSLATE_NOOP("CustomerImportFields", "phone"),
    "einvoice_address": QT_TRANSLATE_NOOP("CustomerImportFields", "e-invoice address"),
    "einvoice_operator": QT_TRANSLATE_NOOP("CustomerImportFields", "operator ID"),
    "payment_term_days": QT_TRANSLATE_NOOP("CustomerImportFields", "payment term"),
    "notes": QT_TRANSLATE_NOOP("CustomerImportFields", "notes"),
    "columns": QT_TRANSLATE_NOOP("CustomerImportFields", "columns"),
}


def duplicate_text(row: CustomerRowResult) -> str:
    """Whose business ID a row repeats: an earlier row, or a customer in the register."""
    if row.duplicate_of.startswith("row "):
        return fill(
            QCoreApplication.translate("CustomerImportRowModel", "same as on row %1"),
            row.duplicate_of.removeprefix("row "),
        )
    return fill(
        QCoreApplication.translate("CustomerImportRowModel", "customer %1"), row.duplicate_of
    )


def row_problems(row: CustomerRowResult) -> str:
    """Every problem of a row in plain words, e.g. "business ID: The check digit …"."""
    parts = []
    for key, code in row.problems.items():
        name = FIELD_NAMES.get(key)
        field = QCoreApplication.translate("CustomerImportFields", name) if name else key
        text = problem_text(key, code)
        if code == "duplicate" and row.duplicate_of:
            text = f"{text} ({duplicate_text(row)})"
        parts.append(f"{field}: {text}")
    return " · ".join(parts)


def _check(row: CustomerRowResult, lang: str) -> str:
    if row.problems:
        return row_problems(row)
    return QCoreApplication.translate("CustomerImportRowModel", "OK")


class CustomerImportRowModel(RowTableModel[CustomerRowResult]):
    CONTEXT = "CustomerImportRowModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("CustomerImportRowModel", "Row"),
            lambda r, lang: str(r.row_number),
            lambda r: r.row_number,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("CustomerImportRowModel", "Name"),
            lambda r, lang: r.name,
            lambda r: r.name,
        ),
        Column(
            QT_TRANSLATE_NOOP("CustomerImportRowModel", "Check"),
            _check,
            lambda r: (r.ok, r.row_number),
        ),
    )


class CustomerImportDialog(ImportPreviewDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            CustomerImportRowModel(),
            self.tr(
                "Choose a CSV file or an Excel workbook with one customer per row and the "
                "column names on the first row (for example Nimi, Laji, Y-tunnus, Osoite, "
                "Kieli, Verkkolaskuosoite, Maksuehto). Nothing is saved before you accept "
                "the preview."
            ),
            parent,
        )
        self.setWindowTitle(self.tr("Import customers from a spreadsheet"))

    def file_dialog_title(self) -> str:
        return self.tr("Choose the customer list")

    def check_file(self, path: Path, progress: Progress) -> CustomerImportPreview:
        table = read_table(path)
        if progress(1, 2):
            raise Cancelled()
        map_customer_columns(table.headers)
        return read(self.context, preview_customer_import, table)

    def import_text(self, count: int) -> str:
        return self.tr("&Import %n customer(s)", "", count)

    def importing_text(self, count: int) -> str:
        return self.tr("Importing %n customer(s)…", "", count)

    def commit_service(self):
        return commit_customer_import
