"""The Customers tab: the customer register, the price list and the import."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton, QWidget

from app.services.customers import (
    CustomerRow,
    customer_row_position,
    delete_customer,
    list_customers,
)
from ui.i18n import fill
from ui.operations import Context, Operation
from ui.widgets.confirm import confirm
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.list_tab import ListTab

from .model import CustomerTableModel

# The "Show" choices: each is a named filter of the list service (app.services.customers).
FILTERS = (
    (QT_TRANSLATE_NOOP("CustomersTab", "Active customers"), "active"),
    (QT_TRANSLATE_NOOP("CustomersTab", "Inactive customers"), "inactive"),
    (QT_TRANSLATE_NOOP("CustomersTab", "All"), None),
)


class CustomersTab(ListTab):
    SHOWS = frozenset({"customer", "customer_price"})

    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(
            context,
            CustomerTableModel(),
            list_customers,
            parent,
            position_loader=customer_row_position,
        )
        self.filter = QComboBox(self)
        for text, _ in FILTERS:
            self.filter.addItem(QCoreApplication.translate("CustomersTab", text))
        self.filter.currentIndexChanged.connect(self._apply_filter)
        filter_label = QLabel(self.tr("Sh&ow:"), self)
        filter_label.setBuddy(self.filter)
        self.add_button = self._button(self.tr("&Add customer…"), self.add_customer)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_customer)
        self.delete_button = self._button(self.tr("&Delete…"), self.delete_selected)
        self.prices_button = self._button(self.tr("&Price list…"), self.open_price_list)
        self.import_button = self._button(self.tr("Impor&t…"), self.import_customers)
        bar_widget = QWidget(self)
        bar = FlowLayout(bar_widget)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (
            filter_label,
            self.filter,
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.prices_button,
            self.import_button,
        ):
            bar.addWidget(widget)
        self.layout().insertWidget(0, bar_widget)
        self.list.activated.connect(lambda _row: self.edit_customer())
        self.list.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.list.rows_loaded.connect(self._update_buttons)
        self._apply_filter()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def list_name(self) -> str:
        return self.tr("Customers")

    def selected(self) -> CustomerRow | None:
        return self.list.selected_row()

    def _apply_filter(self) -> None:
        self.list.model.set_filter(FILTERS[self.filter.currentIndex()][1])
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def new_record(self) -> None:
        """Ctrl+N in the Customers tab: a new customer."""
        self.add_customer()

    def add_customer(self) -> None:
        from .customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.context, None, self)
        if dialog.exec():
            self._show(dialog.customer_id)

    def _show(self, customer_id: int | None) -> None:
        """The customer selected in the list, whatever the filter was."""
        if customer_id is None:
            return
        self.refresh()
        if not self.list.select_id(customer_id):
            self.filter.setCurrentIndex(len(FILTERS) - 1)
            self.refresh()
            self.list.select_id(customer_id)

    def edit_customer(self) -> None:
        from .customer_dialog import CustomerDialog

        row = self.selected()
        if row is not None:
            CustomerDialog(self.context, row.id, self).exec()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not confirm(
            self,
            self.tr("Delete customer"),
            fill(
                self.tr(
                    "Delete %1? Only a customer never used on work or invoices can be "
                    "deleted; deactivate the others in the customer form."
                ),
                row.name,
            ),
        ):
            return
        Operation(self, self.context, delete_customer, row.id).run()

    def open_price_list(self) -> None:
        from .price_list_dialog import PriceListDialog

        PriceListDialog(self.context, self).exec()

    def import_customers(self) -> None:
        from .import_dialog import CustomerImportDialog

        dialog = CustomerImportDialog(self.context, self)
        if dialog.exec():
            self.filter.setCurrentIndex(len(FILTERS) - 1)
            self.refresh()
            QMessageBox.information(
                self,
                self.tr("Import"),
                self.tr("%n customer(s) were imported.", "", dialog.imported),
            )
