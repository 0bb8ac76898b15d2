"""A searchable, sortable list of records: the body of every tab."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import fill

from .sort_proxy import SortFilterProxy
from .table_model import RowTableModel


class RecordList(QWidget):
    """Search box, table and a count; `activated` gives the row object chosen."""

    activated = Signal(object)
    # Emitted after new rows were put in the model (benchmarks and tests wait for it).
    rows_loaded = Signal()

    def __init__(self, model: RowTableModel, accessible_name: str, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.count = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(accessible_name)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._on_activated)

        top = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        for signal in (
            model.modelReset,
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
        ):
            signal.connect(self._update_count)
        self._update_count()

    def set_rows(self, rows: list) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._update_count()
        self.rows_loaded.emit()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(fill(self.tr("Rows: %1"), total))
        else:
            self.count.setText(fill(self.tr("Shown %1 of %2"), shown, total))

    def _on_activated(self, index) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.activated.emit(self.model.row_at(source.row()))

    def sort_by(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.table.sortByColumn(column, order)
