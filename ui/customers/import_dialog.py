"""Import customers from a spreadsheet: preview with per-row problems, then all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
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
from app.services.errors import ServiceError
from app.services.uow import Cancelled
from ui.i18n import fill
from ui.operations import Context, Operation, read
from ui.operations.jobs import FileJob, Progress, busy
from ui.widgets.field_errors import problem_text
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.service_errors import show_service_error
from ui.widgets.table_fit import fit_columns
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


class CustomerImportDialog(FittedDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.preview: CustomerImportPreview | None = None
        self.imported = 0
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Import customers from a spreadsheet"))
        intro = QLabel(
            self.tr(
                "Choose a CSV file or an Excel workbook with one customer per row and the "
                "column names on the first row (for example Nimi, Laji, Y-tunnus, Osoite, "
                "Kieli, Verkkolaskuosoite, Maksuehto). Nothing is saved before you accept "
                "the preview."
            ),
            self,
        )
        intro.setWordWrap(True)
        choose = QPushButton(self.tr("&Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = CustomerImportRowModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.skip = QCheckBox(
            self.tr("Import the rows without problems and &skip the others"), self
        )
        self.skip.toggled.connect(self._update)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.clicked.connect(self.commit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip)
        layout.addWidget(buttons)
        self.preferred = (110, 34)
        self._update()

    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the customer list"),
            folder,
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read and check the file in the background; nothing is written."""
        if busy(self):
            return False
        self.preview = None
        self.file_label.setText(path.name)
        self.model.set_rows([])
        self._update()
        context = self.context

        def check(path: Path, *, progress: Progress) -> CustomerImportPreview:  # in the worker
            table = read_table(path)
            if progress(1, 2):
                raise Cancelled()
            map_customer_columns(table.headers)
            return read(context, preview_customer_import, table)

        return (
            FileJob(self, self.tr("Reading the file…"), check, path)
            .success(self._show_preview)
            .failure(self._explain)
            .run()
        )

    def _explain(self, error: BaseException) -> bool:
        if isinstance(error, ServiceError):
            show_service_error(self, error)
            return True
        return False

    def _show_preview(self, preview: CustomerImportPreview) -> None:
        self.preview = preview
        self.model.set_rows(sorted(preview.rows, key=lambda r: (r.ok, r.row_number)))
        fit_columns(self.table)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._update()

    def _update(self, *_args) -> None:
        preview = self.preview
        if preview is None:
            self.summary.setText("")
            self.import_button.setEnabled(False)
            self.skip.setVisible(False)
            return
        good = len(preview.ok_rows)
        parts = [
            self.tr("The file has %n row(s).", "", len(preview.rows)),
            self.tr("%n can be imported.", "", good),
        ]
        if preview.with_problems:
            parts.append(self.tr("%n row(s) have problems.", "", preview.with_problems))
        self.summary.setText(" ".join(parts))
        self.skip.setVisible(preview.with_problems > 0)
        can = good > 0 and (preview.with_problems == 0 or self.skip.isChecked())
        self.import_button.setEnabled(can)
        self.import_button.setText(self.tr("&Import %n customer(s)", "", good))

    def commit(self) -> None:
        """Save the good rows in the background, all or nothing; Cancel saves none."""
        if self.preview is None or busy(self):
            return
        count = len(self.preview.ok_rows)
        self.operation = (
            Operation(
                self,
                self.context,
                commit_customer_import,
                self.preview,
                skip_problem_rows=self.skip.isChecked(),
            )
            .in_background(self.tr("Importing %n customer(s)…", "", count))
            .success(self._imported)
        )
        self.operation.run()

    def _imported(self, count: int) -> None:
        self.imported = count
        self.accept()
