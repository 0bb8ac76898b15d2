"""Send an issued invoice to a customer who takes e-invoices: write its Finvoice file.

Osuva has no connection to e-invoice operators, so the dialog says plainly that the file
must then be uploaded to the operator's or the bank's service. The folder chosen last is
remembered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.einvoice_sending import EInvoiceRoute, WrittenEInvoice, send_einvoice
from app.services.einvoices import EInvoiceWriteError
from app.services.errors import ServiceError, ValidationError
from ui.i18n import fill
from ui.operations import Context, Operation
from ui.widgets.folder_field import FolderField
from ui.widgets.form_dialog import FormDialog, grow_to_fit

from .einvoice_actions import PROBLEMS, problem_texts, tr
from .sending_history import SendingHistory

FOLDER_KEY = "einvoice_send_folder"


def last_folder() -> str:
    stored = QSettings().value(FOLDER_KEY, "")
    if stored and Path(str(stored)).is_dir():
        return str(stored)
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class EInvoiceSendDialog(FormDialog):
    def __init__(
        self,
        context: Context,
        invoice_id: int,
        number: str,
        route: EInvoiceRoute,
        parent: QWidget | None = None,
    ) -> None:
        intro = fill(
            self.tr(
                "This customer receives e-invoices (e-invoice address %1, operator %2), so the "
                "invoice is not e-mailed. Osuva writes it as a Finvoice 3.0 file into the "
                "folder below. Osuva has no connection to e-invoice operators: you then upload "
                "the file to your e-invoice operator's or your bank's online service yourself, "
                "and only from there does it reach the customer. Osuva records the invoice as "
                "sent when the file is written."
            ),
            route.address,
            route.operator or "–",
        )
        super().__init__(fill(self.tr("Send invoice %1 as an e-invoice"), number), intro, parent)
        self.context, self.invoice_id = context, invoice_id
        self.written: WrittenEInvoice | None = None
        row = FolderField(
            last_folder(), self.tr("B&rowse…"), self.tr("Folder for the e-invoice"), self
        )
        self.folder = row.edit
        self.form.add_row("folder", self.tr("&Folder:"), row)
        self.folder.setAccessibleName(self.tr("Folder"))
        self.folder_field = row
        self.history = SendingHistory(context, invoice_id, self)
        self.layout().insertWidget(self.layout().indexOf(self.buttons), self.history)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Write the file"))
        self.preferred = (64, 16)

    def _ok(self) -> None:
        """Write the file; the dialog closes only when it was written."""
        try:
            folder = self.folder_field.existing()
        except ValidationError as refused:
            self.show_problems(refused.problems)
            return
        written = (
            Operation(self, self.context, send_einvoice, self.invoice_id, folder)
            .success(self._written)
            .on_invalid(self._refused)
            .failure(self._failed)
            .run()
        )
        if written:
            self.accept()

    def _written(self, written: WrittenEInvoice) -> None:
        self.written = written
        QSettings().setValue(FOLDER_KEY, str(written.path.parent))
        QMessageBox.information(
            self,
            self.windowTitle(),
            fill(
                self.tr(
                    "The e-invoice was written to %1.\n\nNow upload this file to your e-invoice "
                    "operator's or your bank's online service: the invoice reaches the customer "
                    "only from there."
                ),
                written.path,
            ),
        )

    def _refused(self, problems: dict[str, str]) -> None:
        if set(problems) <= {"folder"}:
            self.show_problems(problems)
            return
        QMessageBox.warning(
            self,
            self.windowTitle(),
            "\n\n".join([self.tr("No file was written."), "\n".join(problem_texts(problems))]),
        )

    def _failed(self, error: BaseException) -> bool:
        if isinstance(error, EInvoiceWriteError):
            text = fill(self.tr("The file %1 could not be written: %2"), error.path, error.reason)
            QMessageBox.warning(self, self.windowTitle(), text)
            return True
        if isinstance(error, ServiceError) and error.code == "not_issued":
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Only an issued invoice can be sent.")
            )
            return True
        return False

    def show_problems(self, problems: dict[str, str]) -> None:
        super().show_problems({k: v for k, v in problems.items() if k in self.form.widgets})
        if problems.get("folder") == "missing":
            self.form.errors["folder"].setText(tr(PROBLEMS["folder"]))
        grow_to_fit(self)
