"""Export chosen invoices as e-invoices: pick the format and the folder, write in the background.

    export_einvoices_dialog(tab, context, [invoice ids])

The dialog opens window-modal and returns at once; the files are written by a background
Operation (progress and Cancel, nothing left behind when cancelled or refused).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QMessageBox,
    QWidget,
)

from app.services.einvoices import (
    EInvoiceFormat,
    EInvoiceWriteError,
    InvoiceRefused,
    export_einvoices,
)
from ui.i18n import fill
from ui.operations import Context
from ui.operations.operation import Operation
from ui.widgets.folder_field import FolderField
from ui.widgets.form_dialog import FormDialog, grow_to_fit

CONTEXT = "EInvoiceExport"

# Why an invoice cannot be sent, per field the service names.
PROBLEMS = {
    "invoice": QT_TRANSLATE_NOOP("EInvoiceExport", "A draft has no number yet: issue it first."),
    "seller_iban": QT_TRANSLATE_NOOP(
        "EInvoiceExport", "The invoice has no bank account (IBAN) of the cooperative."
    ),
    "seller_einvoice_address": QT_TRANSLATE_NOOP(
        "EInvoiceExport", "The cooperative has no e-invoice address. Add it in the settings."
    ),
    "seller_einvoice_operator": QT_TRANSLATE_NOOP(
        "EInvoiceExport",
        "The SOAP envelope needs the cooperative's e-invoice operator. Add it in the settings.",
    ),
    "buyer_einvoice_address": QT_TRANSLATE_NOOP(
        "EInvoiceExport", "The customer has no e-invoice address: send this invoice as a PDF."
    ),
    "buyer_einvoice_operator": QT_TRANSLATE_NOOP(
        "EInvoiceExport", "The customer's e-invoice operator is missing."
    ),
    "buyer_vat_id": QT_TRANSLATE_NOOP(
        "EInvoiceExport", "Reverse charge needs the customer's VAT ID, and the invoice has none."
    ),
    "folder": QT_TRANSLATE_NOOP("EInvoiceExport", "The folder does not exist. Choose another one."),
    "invoices": QT_TRANSLATE_NOOP("EInvoiceExport", "Choose at least one issued invoice."),
}

FORMATS = (
    (EInvoiceFormat.FINVOICE, QT_TRANSLATE_NOOP("EInvoiceExport", "Finvoice 3.0")),
    (
        EInvoiceFormat.FINVOICE_SOAP,
        QT_TRANSLATE_NOOP("EInvoiceExport", "Finvoice 3.0 with the operator's SOAP envelope"),
    ),
    (EInvoiceFormat.PEPPOL, QT_TRANSLATE_NOOP("EInvoiceExport", "Peppol BIS Billing 3.0 (UBL)")),
)


def tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("EInvoiceExport", …) in this module."""
    return QCoreApplication.translate(CONTEXT, text)


def problem_texts(problems: dict[str, str]) -> list[str]:
    unknown = QCoreApplication.translate("EInvoiceExport", "The value is not valid.")
    return [tr(PROBLEMS[key]) if key in PROBLEMS else unknown for key in problems]


class EInvoiceExportDialog(FormDialog):
    """Format, folder and (for operator files) one batch file or one file per invoice."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("EInvoiceExportDialog", "Export e-invoices"),
            QCoreApplication.translate(
                "EInvoiceExportDialog",
                "%n chosen invoice(s) will be written as e-invoice files.",
                "",
                count,
            ),
            parent,
        )
        self.format = QComboBox()
        for value, text in FORMATS:
            self.format.addItem(tr(text), value)
        self.form.add_row("format", self.tr("&Format:"), self.format)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder_field = FolderField(
            documents, self.tr("B&rowse…"), self.tr("Folder for the e-invoices"), self
        )
        self.folder = self.folder_field.edit
        self.form.add_row("folder", self.tr("Fo&lder:"), self.folder_field)
        self.folder.setAccessibleName(self.tr("Folder"))
        self.batch = QCheckBox(self.tr("One batch file holding every invoice"))
        self.form.add_row("batch", self.tr("&Operator file:"), self.batch)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Export"))
        self.choice: tuple[EInvoiceFormat, Path, bool] | None = None
        self.operation: Operation | None = None
        self.preferred = (64, 14)

    def _format_changed(self, *_args) -> None:
        soap = self.format.currentData() == EInvoiceFormat.FINVOICE_SOAP
        self.batch.setEnabled(soap)
        if not soap:
            self.batch.setChecked(False)

    def submit(self) -> None:
        folder = self.folder_field.existing()
        self.choice = (self.format.currentData(), folder, self.batch.isChecked())

    def show_problems(self, problems: dict[str, str]) -> None:
        super().show_problems({k: v for k, v in problems.items() if k in self.form.widgets})
        for key, code in problems.items():
            if key in self.form.errors and code != "required" and key in PROBLEMS:
                self.form.errors[key].setText(tr(PROBLEMS[key]))
                self.form.widgets[key].setAccessibleDescription(tr(PROBLEMS[key]))
        grow_to_fit(self)


def _report(parent: QWidget | None, count: int, paths: list[Path], folder: Path) -> None:
    if len(paths) == 1 and count > 1:
        text = fill(
            QCoreApplication.translate(
                "EInvoiceExport", "%1 invoices were written into one batch file, %2."
            ),
            count,
            paths[0],
        )
    else:
        text = fill(
            QCoreApplication.translate(
                "EInvoiceExport", "%n e-invoice file(s) written to %1.", "", len(paths)
            ),
            folder,
        )
    title = QCoreApplication.translate("EInvoiceExport", "E-invoices exported")
    QMessageBox.information(parent, title, text)


def _not_exported(parent: QWidget | None, text: str) -> None:
    title = QCoreApplication.translate("EInvoiceExport", "E-invoices not exported")
    QMessageBox.warning(parent, title, text)


def _refused(parent: QWidget | None, problems: dict[str, str], number: str = "") -> None:
    nothing = QCoreApplication.translate("EInvoiceExport", "No files were written.")
    reasons = "\n".join(problem_texts(problems))
    if number:
        which = QCoreApplication.translate("EInvoiceExport", "Invoice %1 cannot be exported:")
        reasons = fill(which, number) + "\n" + reasons
    _not_exported(parent, "\n\n".join([nothing, reasons]))


def _failed(parent: QWidget | None, error: BaseException) -> bool:
    if isinstance(error, InvoiceRefused):
        _refused(parent, error.problems, error.number)
        return True
    if not isinstance(error, EInvoiceWriteError):
        return False
    text = QCoreApplication.translate("EInvoiceExport", "The file %1 could not be written: %2")
    _not_exported(parent, fill(text, error.path, error.reason))
    return True


def export_einvoices_dialog(
    parent: QWidget, context: Context, invoice_ids: Sequence[int]
) -> EInvoiceExportDialog:
    """Ask for the format and folder, then write the files in the background."""
    ids = list(invoice_ids)
    dialog = EInvoiceExportDialog(len(ids), parent)

    def start() -> None:
        assert dialog.choice is not None
        fmt, folder, batch = dialog.choice
        label = QCoreApplication.translate("EInvoiceExport", "Writing the e-invoices…")
        dialog.operation = (
            Operation(parent, context, export_einvoices, ids, folder, fmt, batch=batch)
            .in_background(label)
            .success(lambda paths: _report(parent, len(ids), paths, folder))
            .on_invalid(lambda problems: _refused(parent, problems))
            .failure(lambda error: _failed(parent, error))
        )
        dialog.operation.run()

    dialog.accepted.connect(start)
    dialog.open()
    return dialog
