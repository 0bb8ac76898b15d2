"""The monthly list for the payroll person: what to deduct from each member's wages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.documents.render import render_document
from app.locale import format_money
from app.services.errors import ServiceError
from app.services.wage_deductions import (
    WageDeductionRow,
    record_wage_deductions,
    wage_deduction_list,
)
from ui.i18n import current_language, fill
from ui.operations import Context, perform, read
from ui.widgets.confirm import confirm
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.pdf_output import PdfOutput
from ui.widgets.service_errors import show_service_error
from ui.widgets.table_fit import fit_columns
from ui.widgets.table_model import Column, RowTableModel


class WageDeductionModel(RowTableModel[WageDeductionRow]):
    CONTEXT = "WageDeductionModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("WageDeductionModel", "No."),
            lambda r, lang: str(r.member_number or ""),
            lambda r: r.member_number,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("WageDeductionModel", "Member"),
            lambda r, lang: r.name,
            lambda r: r.name,
        ),
        Column(
            QT_TRANSLATE_NOOP("WageDeductionModel", "Deduct this month"),
            lambda r, lang: format_money(r.amount, lang),
            lambda r: r.amount,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("WageDeductionModel", "Already deducted"),
            lambda r, lang: format_money(r.recorded, lang),
            lambda r: r.recorded,
            numeric=True,
        ),
    )


class WageDeductionsDialog(FittedDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Share fees deducted from wages"))
        today = date.today()
        self.month = QDateEdit(QDate(today.year, today.month, 1), self)
        self.month.setDisplayFormat("M/yyyy")
        self.month.dateChanged.connect(self.refresh)
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month)
        self.model = WageDeductionModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Wage deductions of the month"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.total = QLabel(self)

        copy = QPushButton(self.tr("&Copy for payroll"), self)
        copy.clicked.connect(self.copy_list)
        self.output = PdfOutput(self)
        print_button = QPushButton(self.tr("&Print…"), self)
        print_button.setObjectName("print")
        print_button.clicked.connect(lambda: self.output.print(self.render, self.file_name()))
        save_button = QPushButton(self.tr("&Save as PDF…"), self)
        save_button.clicked.connect(lambda: self.output.save(self.render, self.file_name()))
        self.record_button = QPushButton(self.tr("&Record as deducted…"), self)
        self.record_button.clicked.connect(self.record)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        buttons = FlowLayout()
        for button in (copy, print_button, save_button, self.record_button):
            buttons.addWidget(button)
        intro = QLabel(
            self.tr(
                "Members who have given written consent to pay share fees by deduction from "
                "wages, and what is due by the end of the month."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.total.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.preferred = (80, 24)
        self.refresh()

    def selected_month(self) -> date:
        value = self.month.date()
        return date(value.year(), value.month(), 1)

    def refresh(self, *_args) -> None:
        rows = read(self.context, wage_deduction_list, self.selected_month())
        self.model.set_rows(rows)
        fit_columns(self.table)
        total = sum((r.amount for r in rows), Decimal("0.00"))
        self.total.setText(
            fill(self.tr("To deduct in total: %1"), format_money(total, current_language()))
        )
        self.record_button.setEnabled(any(r.amount > 0 for r in rows))

    def file_name(self) -> str:
        month = self.selected_month()
        return f"wage-deductions-{month:%Y-%m}.pdf"

    def render(self, out: Path) -> Path:
        month = self.selected_month()
        return render_document(
            self.context.db,
            "wage-deductions",
            f"{month:%Y-%m}",
            out,
            current_language(),
            actor=self.context.actor,
        )

    def copy_list(self) -> None:
        lang = current_language()
        lines = [
            f"{r.member_number or ''}\t{r.name}\t{format_money(r.amount, lang)}"
            for r in self.model.rows()
            if r.amount > 0
        ]
        QGuiApplication.clipboard().setText("\n".join(lines))

    def record(self) -> None:
        answer = confirm(
            self,
            self.tr("Record deductions"),
            self.tr("Record the amounts of this list as paid by deduction from wages today?"),
        )
        if not answer:
            return
        try:
            perform(self.context, record_wage_deductions, self.selected_month(), date.today())
        except ServiceError as exc:
            show_service_error(self, exc)
        self.refresh()
