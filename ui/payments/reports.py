"""The money reports on screen, and saved as CSV or XLSX for the accountant."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.locale import format_date, format_decimal
from app.services import money_reports
from app.services.errors import ServiceError
from app.services.money_reports import ReportTable, write_report
from ui.i18n import current_language
from ui.operations import Context, read
from ui.widgets.fields import DateField, FieldValueError
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.service_errors import show_service_error
from ui.widgets.table_fit import fit_columns

REPORTS = (
    ("aging", QT_TRANSLATE_NOOP("ReportsDialog", "Receivables aging (on the end date)")),
    ("sales_customer", QT_TRANSLATE_NOOP("ReportsDialog", "Sales per customer")),
    ("sales_service", QT_TRANSLATE_NOOP("ReportsDialog", "Sales per service")),
    ("vat", QT_TRANSLATE_NOOP("ReportsDialog", "VAT per rate for the VAT return")),
    ("journal", QT_TRANSLATE_NOOP("ReportsDialog", "Invoice journal")),
)


class ReportModel(QAbstractTableModel):
    """A report's rows as text in the user's language; numbers right-aligned, totals bold."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table: ReportTable | None = None
        self._texts: list[list[str]] = []

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self.table = table
        lang = current_language()
        self._texts = [[_text(v, lang) for v in row] for row in (table.rows if table else [])]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.table.headers[section] if self.table else None
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, Decimal | int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        last = index.row() == len(self.table.rows) - 1
        if role == Qt.ItemDataRole.FontRole and self.table.has_total and last:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _text(value: object, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, Decimal):
        return format_decimal(value.quantize(Decimal("0.01")), lang)
    return str(value)


class ReportsDialog(FittedDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Money reports"))
        self.report = QComboBox(self)
        for key, name in REPORTS:
            self.report.addItem(QCoreApplication.translate("ReportsDialog", name), key)
        today = date.today()
        first = today.replace(day=1)
        self.start = DateField(first.replace(month=1), self)
        self.end = DateField(today, self)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Report"), self.report),
            (self.tr("&From"), self.start),
            (self.tr("&To"), self.end),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.model = ReportModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Report"))
        self.table.verticalHeader().setVisible(False)
        show = QPushButton(self.tr("&Show"), self)
        show.setDefault(True)
        show.clicked.connect(self.show_report)
        self.save_button = QPushButton(self.tr("Save as &CSV or Excel…"), self)
        self.save_button.clicked.connect(self.save)
        actions = FlowLayout()
        actions.addWidget(show)
        actions.addWidget(self.save_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.preferred = (110, 28)
        self.save_button.setEnabled(False)

    def _dates(self) -> tuple[date, date] | None:
        try:
            start, end = self.start.date_value(), self.end.date_value()
        except FieldValueError:
            start = end = None
        problem = ""
        if start is None or end is None:
            problem = self.tr("Write the dates as d.m.yyyy.")
        elif end < start:
            problem = self.tr("The end date is before the start date.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        return None if problem else (start, end)

    def show_report(self) -> None:
        dates = self._dates()
        if dates is None:
            return
        start, end = dates
        lang = current_language()
        key = self.report.currentData()
        if key == "aging":
            table = read(self.context, money_reports.aging, end, lang)
        else:
            fn = {
                "sales_customer": money_reports.sales_per_customer,
                "sales_service": money_reports.sales_per_service,
                "vat": money_reports.vat_summary,
                "journal": money_reports.invoice_journal,
            }[key]
            table = read(self.context, fn, start, end, lang)
        self.model.set_table(table)
        fit_columns(self.table)
        self.save_button.setEnabled(True)

    def save(self) -> None:
        table = self.model.table
        if table is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{table.title}.xlsx"
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(Path(folder) / name),
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if target:
            self.save_to(Path(target))

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        try:
            write_report(self.model.table, path)
        except ServiceError as exc:
            show_service_error(self, exc)
            return False
        QMessageBox.information(self, self.tr("Saved"), self.tr("The report was saved."))
        return True
