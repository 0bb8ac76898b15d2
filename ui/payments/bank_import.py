"""Import a bank statement: a preview of what each credit will settle, then one commit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.locale import format_money
from app.services.bank_import import (
    ImportPreview,
    ImportResult,
    Outcome,
    PlannedItem,
    import_statement,
    preview_statement,
)
from app.services.errors import ServiceError
from ui.i18n import current_language, fill
from ui.operations import Context, Operation, read
from ui.operations.jobs import busy
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.table_fit import fit_columns, preview_table
from ui.widgets.table_model import Column, RowTableModel, date_text

CONTEXT = "BankImport"
OUTCOMES = {
    Outcome.INVOICE: QT_TRANSLATE_NOOP("BankImport", "Settles invoice %1"),
    Outcome.SHARE_FEE: QT_TRANSLATE_NOOP("BankImport", "Share fee of %1"),
    Outcome.SUGGESTED: QT_TRANSLATE_NOOP("BankImport", "Suggestion to confirm: invoice %1"),
    Outcome.UNMATCHED: QT_TRANSLATE_NOOP("BankImport", "Unmatched: allocate by hand"),
    Outcome.REVERSAL: QT_TRANSLATE_NOOP("BankImport", "Reversal: undoes the payment %1"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("BankImport", "Refused: not in euros"),
    Outcome.DUPLICATE: QT_TRANSLATE_NOOP("BankImport", "Already imported"),
    Outcome.LISTED: QT_TRANSLATE_NOOP("BankImport", "Outgoing: listed only"),
}
WARNINGS = {
    "partial": QT_TRANSLATE_NOOP("BankImport", "partial payment, %1 stays open"),
    "overpaid": QT_TRANSLATE_NOOP("BankImport", "overpayment of %1"),
    "before_invoice": QT_TRANSLATE_NOOP("BankImport", "paid before the invoice date"),
    "unknown_reference": QT_TRANSLATE_NOOP("BankImport", "unknown reference"),
    "former_member": QT_TRANSLATE_NOOP("BankImport", "a former member: decide by hand"),
    "original_not_found": QT_TRANSLATE_NOOP("BankImport", "the reversed payment is not in Osuva"),
    "bad_entry": QT_TRANSLATE_NOOP("BankImport", "the entry has no booking date"),
}
FILE_PROBLEMS = {
    "empty": QT_TRANSLATE_NOOP("BankImport", "The file is empty."),
    "too_large": QT_TRANSLATE_NOOP("BankImport", "The file is too large for a bank statement."),
    "not_xml": QT_TRANSLATE_NOOP(
        "BankImport",
        "The file is not complete XML: it may have been cut short while downloading, or it "
        "is not a bank statement at all. Download the statement again.",
    ),
    "not_camt": QT_TRANSLATE_NOOP(
        "BankImport",
        "The file is not a bank statement in the ISO 20022 format (camt.053 or camt.054). "
        "Ask your bank for the XML account statement.",
    ),
    "bad_value": QT_TRANSLATE_NOOP(
        "BankImport", "The file has a value Osuva cannot read (%1). Nothing was booked."
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def outcome_text(planned: PlannedItem) -> str:
    text = fill(tr(OUTCOMES[planned.outcome]), planned.target)
    notes = []
    lang = current_language()
    for warning in planned.warnings:
        note = tr(WARNINGS.get(warning, warning))
        if warning == "partial" and planned.open_after is not None:
            note = fill(note, format_money(planned.open_after, lang))
        elif warning == "overpaid" and planned.open_after is not None:
            note = fill(note, format_money(-planned.open_after, lang))
        notes.append(note)
    return f"{text} ({'; '.join(notes)})" if notes else text


def file_problem_text(error: ServiceError) -> str:
    text = tr(FILE_PROBLEMS.get(error.code, FILE_PROBLEMS["not_camt"]))
    return fill(text, getattr(error, "detail", "")) if "%1" in text else text


class PreviewModel(RowTableModel[PlannedItem]):
    CONTEXT = CONTEXT
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("BankImport", "Date"),
            lambda r, lang: date_text(r.item.booking_date, lang),
            lambda r: r.item.booking_date,
        ),
        Column(
            QT_TRANSLATE_NOOP("BankImport", "Amount"),
            lambda r, lang: (
                format_money(r.item.amount if r.item.credit else -r.item.amount, lang)
                if r.item.currency.upper() == "EUR"
                else f"{r.item.amount} {r.item.currency}"
            ),
            lambda r: r.item.amount,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("BankImport", "Payer"),
            lambda r, lang: r.item.payer_name,
            lambda r: r.item.payer_name,
        ),
        Column(
            QT_TRANSLATE_NOOP("BankImport", "Reference"),
            lambda r, lang: r.item.reference or r.item.message,
            lambda r: r.item.reference,
        ),
        Column(
            QT_TRANSLATE_NOOP("BankImport", "What happens"),
            lambda r, lang: outcome_text(r),
            lambda r: r.outcome,
        ),
    )


class BankImportDialog(FittedDialog):
    """Choose the bank's XML statement, see what it will do, and book it."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: bytes | None = None
        self.file_name = ""
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Import a bank statement"))
        intro = QLabel(
            self.tr(
                "Choose the account statement your bank gives as an XML file (camt.053 or "
                "camt.054). Payments with a known reference settle their invoice or share fee; "
                "others wait in the list of unmatched payments. Nothing is booked before you "
                "accept the preview, and a statement imported before adds nothing."
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
        self.model = PreviewModel(self)
        self.table = preview_table(self, self.model, self.tr("Entries of the statement"))
        self.import_button = QPushButton(self.tr("&Book payments"), self)
        self.import_button.clicked.connect(self.commit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
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
        layout.addWidget(buttons)
        self.preferred = (110, 30)
        self._update()

    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the bank statement"),
            folder,
            self.tr("Bank statements (*.xml *.XML *.xt *.txt *.NDCAMT53L);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read the file and show what importing it would do; nothing is written."""
        self.preview = None
        self.data = None
        self.file_name = path.name
        self.file_label.setText(path.name)
        self.model.set_rows([])
        try:
            data = path.read_bytes()
            self.data = data
            self.preview = read(self.context, preview_statement, data, path.name)
        except OSError as exc:
            self.summary.setText(fill(self.tr("The file cannot be read: %1"), exc.strerror or ""))
            self._update(keep_summary=True)
            return False
        except ServiceError as exc:
            self.data = None
            self.summary.setText(file_problem_text(exc))
            self._update(keep_summary=True)
            return False
        self.model.set_rows(self.preview.items)
        fit_columns(self.table)
        # Wrapped outcome texts get their height; a huge statement keeps one line per row.
        mode = QHeaderView.ResizeMode.ResizeToContents
        if len(self.preview.items) > 2000:
            mode = QHeaderView.ResizeMode.Interactive
        self.table.verticalHeader().setSectionResizeMode(mode)
        self._update()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
        return True

    def _update(self, keep_summary: bool = False) -> None:
        preview = self.preview
        booked = len(preview.booked) if preview else 0
        self.import_button.setEnabled(booked > 0)
        self.import_button.setText(self.tr("&Book %n payment(s)", "", booked))
        if preview is None:
            if not keep_summary:
                self.summary.setText("")
            return
        counts = preview.counts
        lang = current_language()
        parts = [
            self.tr("%n entry(s) in the statement.", "", len(preview.items)),
            self.tr(
                "%n settle an invoice or a share fee.",
                "",
                counts[Outcome.INVOICE] + counts[Outcome.SHARE_FEE],
            ),
        ]
        if counts[Outcome.SUGGESTED] or counts[Outcome.UNMATCHED]:
            parts.append(
                self.tr(
                    "%n wait for you in the unmatched payments.",
                    "",
                    counts[Outcome.SUGGESTED] + counts[Outcome.UNMATCHED],
                )
            )
        if counts[Outcome.REFUSED]:
            parts.append(
                self.tr("%n in another currency are not booked.", "", counts[Outcome.REFUSED])
            )
        if counts[Outcome.DUPLICATE]:
            parts.append(self.tr("%n were imported before.", "", counts[Outcome.DUPLICATE]))
        if booked:
            parts.append(fill(self.tr("Total booked: %1."), format_money(preview.credited, lang)))
        if "other_account" in preview.warnings:
            parts.append(
                self.tr("Note: the statement is for another account than the cooperative's.")
            )
        self.summary.setText(" ".join(parts))

    def commit(self) -> None:
        """Book in the background, all or nothing; Cancel books none."""
        if self.preview is None or self.data is None or busy(self):
            return
        self.operation = (
            Operation(self, self.context, import_statement, self.data, self.file_name)
            .in_background(self.tr("Booking %n payment(s)…", "", len(self.preview.booked)))
            .success(self._booked)
        )
        self.operation.run()

    def _booked(self, result: ImportResult) -> None:
        self.result = result
        self.accept()
