"""Wage rates: dated hourly rates per service and personal rates per member."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.locale import format_date, format_money
from app.services.errors import ServiceError, ValidationError
from app.services.wage_rates import (
    WageRateForm,
    WageRateRow,
    add_wage_rate,
    delete_wage_rate,
    list_wage_rates,
    update_wage_rate,
    wage_rate_choices,
)
from ui.i18n import current_language
from ui.operations import Context, perform, read
from ui.widgets.confirm import confirm
from ui.widgets.fields import DateField, FieldValueError, MoneyField
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import FittedDialog, FormDialog
from ui.widgets.service_errors import show_service_error
from ui.widgets.table_fit import fit_columns
from ui.widgets.table_model import Column, RowTableModel

CONTEXT = "WageRateModel"


def _everyone(row: WageRateRow, lang: str) -> str:
    return row.member_name or QCoreApplication.translate("WageRateModel", "Everyone")


def _all_services(row: WageRateRow, lang: str) -> str:
    return row.service(lang) or QCoreApplication.translate("WageRateModel", "All services")


class WageRateModel(RowTableModel[WageRateRow]):
    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("WageRateModel", "Service"), _all_services),
        Column(QT_TRANSLATE_NOOP("WageRateModel", "Member"), _everyone),
        Column(
            QT_TRANSLATE_NOOP("WageRateModel", "Per hour"),
            lambda r, lang: format_money(r.hourly_rate, lang),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("WageRateModel", "Valid from"),
            lambda r, lang: format_date(r.valid_from, lang),
        ),
        Column(
            QT_TRANSLATE_NOOP("WageRateModel", "Valid until"),
            lambda r, lang: format_date(r.valid_until, lang) if r.valid_until else "",
        ),
    )


class WageRateDialog(FormDialog):
    """One rate: a service, a member, or a member in one service."""

    def __init__(self, context: Context, row: WageRateRow | None = None, parent=None) -> None:
        super().__init__("", rules_text(), parent, save_button=QDialogButtonBox.StandardButton.Save)
        self.setWindowTitle(self.tr("Edit wage rate") if row else self.tr("Add wage rate"))
        self.context = context
        self.row = row
        services, members = read(context, wage_rate_choices)
        lang = current_language()
        self.service = QComboBox()
        self.service.addItem(self.tr("All services (a personal rate)"), None)
        for choice in services:
            self.service.addItem(choice.name(lang), choice.id)
        self.member = QComboBox()
        self.member.addItem(self.tr("Everyone (the service's rate)"), None)
        for choice in members:
            self.member.addItem(choice.name(lang), choice.id)
        form = self.form
        form.add_row("service_id", self.tr("&Service"), self.service)
        form.add_row("member_id", self.tr("&Member"), self.member)
        form.add_row(
            "hourly_rate",
            self.tr("&Gross wage per hour (€)"),
            MoneyField(row.hourly_rate if row else None),
        )
        form.add_row(
            "valid_from", self.tr("Valid &from"), DateField(row.valid_from if row else date.today())
        )
        form.add_row(
            "valid_until", self.tr("Valid &until"), DateField(row.valid_until if row else None)
        )
        if row:
            self.service.setCurrentIndex(max(self.service.findData(row.service_id), 0))
            self.member.setCurrentIndex(max(self.member.findData(row.member_id), 0))
        self.preferred = (70, 18)

    def submit(self) -> None:
        problems: dict[str, str] = {}
        values = {}
        for key, getter in (
            ("hourly_rate", MoneyField.amount),
            ("valid_from", DateField.date_value),
            ("valid_until", DateField.date_value),
        ):
            try:
                values[key] = getter(self.form.widgets[key])
            except FieldValueError as exc:
                values[key], problems[key] = None, exc.code
        form = WageRateForm(
            hourly_rate=values["hourly_rate"],
            valid_from=values["valid_from"],
            valid_until=values["valid_until"],
            service_id=self.service.currentData(),
            member_id=self.member.currentData(),
        )
        if problems:
            raise ValidationError(problems)
        if self.row is None:
            perform(self.context, add_wage_rate, form)
        else:
            perform(self.context, update_wage_rate, self.row.id, form)


def rules_text() -> str:
    return QCoreApplication.translate(
        "WageRateDialog",
        "A member's personal rate wins over the service's rate; a personal rate for one "
        "service wins over both. Rates for the same service and member may not overlap: "
        "end the old rate the day before the new one starts.",
    )


class WageRatesDialog(FittedDialog):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Wage rates"))
        self.model = WageRateModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Wage rates"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        intro = QLabel(
            self.tr("Gross wage per hour worked. Earnings and the wage basis use these rates."),
            self,
        )
        intro.setWordWrap(True)
        add = QPushButton(self.tr("&Add…"), self)
        add.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(self.delete)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = FlowLayout()
        for button in (add, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.preferred = (80, 22)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(read(self.context, list_wage_rates))
        fit_columns(self.table)

    def selected(self) -> WageRateRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add(self) -> None:
        if WageRateDialog(self.context, None, self).exec():
            self.refresh()

    def edit(self) -> None:
        row = self.selected()
        if row is not None and WageRateDialog(self.context, row, self).exec():
            self.refresh()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not confirm(self, self.tr("Delete wage rate"), self.tr("Delete the selected rate?")):
            return
        try:
            perform(self.context, delete_wage_rate, row.id)
        except ServiceError as exc:
            show_service_error(self, exc)
        self.refresh()
