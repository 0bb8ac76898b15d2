"""The price list: every service with its unit, VAT and dated list prices."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.locale import format_money
from app.services.price_list import (
    AgreedPriceRow,
    ListPrice,
    ServiceRow,
    agreed_prices_of_service,
    list_services,
    remove_price,
)
from ui.i18n import current_language, fill
from ui.operations import Context, Operation, read
from ui.widgets.form_dialog import FittedDialog
from ui.widgets.table_fit import fit_columns
from ui.widgets.table_model import Column, RowTableModel, date_text

from .labels import unit_label, vat_label
from .service_dialogs import PriceChangeDialog, ServiceDialog


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("ServiceTableModel", "yes")
    return QCoreApplication.translate("ServiceTableModel", "no")


def _price(row: ServiceRow, lang: str) -> str:
    if row.price_today is None:
        return "—"
    return f"{format_money(row.price_today, lang)} / {unit_label(row.unit)}"


class ServiceTableModel(RowTableModel[ServiceRow]):
    CONTEXT = "ServiceTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ServiceTableModel", "Code"), lambda r, lang: r.code),
        Column(QT_TRANSLATE_NOOP("ServiceTableModel", "Service"), lambda r, lang: r.name),
        Column(QT_TRANSLATE_NOOP("ServiceTableModel", "Price today"), _price, numeric=True),
        Column(
            QT_TRANSLATE_NOOP("ServiceTableModel", "VAT"),
            lambda r, lang: vat_label(r.vat_code, r.vat_rate),
        ),
        Column(
            QT_TRANSLATE_NOOP("ServiceTableModel", "Household tax credit"),
            lambda r, lang: _yes_no(r.household_deductible),
        ),
        Column(QT_TRANSLATE_NOOP("ServiceTableModel", "Active"), lambda r, lang: _yes_no(r.active)),
    )


class PriceTableModel(RowTableModel[ListPrice]):
    CONTEXT = "PriceTableModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("PriceTableModel", "Valid from"),
            lambda r, lang: date_text(r.valid_from, lang),
        ),
        Column(
            QT_TRANSLATE_NOOP("PriceTableModel", "Valid until"),
            lambda r, lang: date_text(r.valid_to, lang),
        ),
        Column(
            QT_TRANSLATE_NOOP("PriceTableModel", "Net price"),
            lambda r, lang: format_money(r.unit_price, lang),
            numeric=True,
        ),
    )


class AgreedTableModel(RowTableModel[AgreedPriceRow]):
    CONTEXT = "AgreedTableModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AgreedTableModel", "Customer"),
            lambda r, lang: f"{r.customer_number} {r.customer_name}",
        ),
        Column(
            QT_TRANSLATE_NOOP("AgreedTableModel", "Valid from"),
            lambda r, lang: date_text(r.valid_from, lang),
        ),
        Column(
            QT_TRANSLATE_NOOP("AgreedTableModel", "Valid until"),
            lambda r, lang: date_text(r.valid_to, lang),
        ),
        Column(
            QT_TRANSLATE_NOOP("AgreedTableModel", "Agreed price"),
            lambda r, lang: format_money(r.unit_price, lang),
            numeric=True,
        ),
    )


def _table(model, name: str, parent) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PriceListDialog(FittedDialog):
    """Services above, the selected service's dated prices below; changes save at once."""

    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Price list"))
        self.services = ServiceTableModel(self)
        self.prices = PriceTableModel(self)
        self.service_table = _table(self.services, self.tr("Services"), self)
        self.price_table = _table(self.prices, self.tr("Dated prices"), self)
        services_label = QLabel(self.tr("&Services:"), self)
        services_label.setBuddy(self.service_table)
        self.prices_label = QLabel(self.tr("&Dated list prices:"), self)
        self.prices_label.setBuddy(self.price_table)
        self.agreed = AgreedTableModel(self)
        self.agreed_table = _table(self.agreed, self.tr("Agreed prices"), self)
        agreed_label = QLabel(
            self.tr("Agreed wit&h customers (not changed by the list price; Enter opens):"), self
        )
        agreed_label.setWordWrap(True)
        agreed_label.setBuddy(self.agreed_table)
        self.agreed_table.activated.connect(self.open_customer)

        self.add_button = QPushButton(self.tr("&Add service…"), self)
        self.edit_button = QPushButton(self.tr("&Edit service…"), self)
        self.change_button = QPushButton(self.tr("&Change price…"), self)
        self.remove_button = QPushButton(self.tr("&Remove price change"), self)
        self.add_button.clicked.connect(self.add_service)
        self.edit_button.clicked.connect(self.edit_service)
        self.change_button.clicked.connect(self.change_price)
        self.remove_button.clicked.connect(self.remove_price)
        self.service_table.activated.connect(lambda _index: self.edit_service())

        layout = QVBoxLayout(self)
        layout.addWidget(services_label)
        layout.addWidget(self.service_table, 2)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.change_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.prices_label)
        layout.addWidget(self.price_table, 1)
        below = QHBoxLayout()
        below.addWidget(self.remove_button)
        below.addStretch(1)
        layout.addLayout(below)
        layout.addWidget(agreed_label)
        layout.addWidget(self.agreed_table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.service_table.selectionModel().selectionChanged.connect(self._show_prices)
        self.price_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.preferred = (150, 40)
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        chosen = keep if keep is not None else getattr(self.selected(), "id", None)
        self.services.set_rows(read(self.context, list_services, current_language()))
        rows = self.services.rows()
        index = next((i for i, r in enumerate(rows) if r.id == chosen), 0 if rows else None)
        if index is not None:
            self.service_table.selectRow(index)
        fit_columns(self.service_table)
        self._show_prices()

    def selected(self) -> ServiceRow | None:
        rows = self.service_table.selectionModel().selectedRows()
        return self.services.row_at(rows[0].row()) if rows else None

    def _show_prices(self, *_args) -> None:
        service = self.selected()
        self.prices.set_rows(service.prices if service else [])
        agreed = read(self.context, agreed_prices_of_service, service.id) if service else []
        self.agreed.set_rows(agreed)
        fit_columns(self.agreed_table)
        if service is not None:
            self.prices_label.setText(fill(self.tr("&Dated list prices of %1:"), service.name))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        service = self.selected()
        for button in (self.edit_button, self.change_button):
            button.setEnabled(service is not None)
        chosen = self.price_table.selectionModel().selectedRows()
        self.remove_button.setEnabled(
            service is not None and bool(chosen) and len(service.prices) > 1
        )

    def add_service(self) -> None:
        dialog = ServiceDialog(self.context, parent=self)
        if dialog.exec():
            self.reload(dialog.service_id)

    def edit_service(self) -> None:
        service = self.selected()
        if service is None:
            return
        if ServiceDialog(self.context, service.id, service.form, self).exec():
            self.reload(service.id)

    def change_price(self) -> None:
        service = self.selected()
        if service is None:
            return
        if PriceChangeDialog(self.context, service.id, service.name, self).exec():
            self.reload(service.id)

    def remove_price(self) -> None:
        service = self.selected()
        chosen = self.price_table.selectionModel().selectedRows()
        if service is None or not chosen:
            return
        price = self.prices.row_at(chosen[0].row())
        Operation(self, self.context, remove_price, price.id).success(
            lambda _result: self.reload(service.id)
        ).run()

    def open_customer(self, index) -> None:
        """The customer form, where its agreed prices are changed."""
        from .customer_dialog import CustomerDialog

        row = self.agreed.row_at(index.row())
        service = self.selected()
        if CustomerDialog(self.context, row.customer_id, self).exec() and service is not None:
            self.reload(service.id)
