"""A searchable, sortable list of records: the body of every tab.

The model pages from the database: typing in the search box asks the service again after a
short pause, a header click re-queries sorted, and scrolling down fetches further pages.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
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

from .table_model import PagedTableModel

# One query after typing stops for this long, not one per keystroke.
SEARCH_DELAY_MS = 250
# Columns are fitted to the header and this many rows, never to every row.
SAMPLE_ROWS = 50


class RecordList(QWidget):
    """Search box, table and a count; `activated` gives the row object chosen.

    `rows_loaded` fires whenever rows reach the model: a (re)load or a further page.
    """

    activated = Signal(object)
    rows_loaded = Signal()

    def __init__(self, model: PagedTableModel, accessible_name: str, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self._fitted = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._search_now)
        self.search.textChanged.connect(self.search_timer.start)
        self.count = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAccessibleName(accessible_name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(model.sort_column, model.sort_order)
        # Sorting is the model's SQL: the view only passes header clicks on.
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
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

        model.rows_loaded.connect(self._on_rows_loaded)
        # Forwarded by Qt after the slot above has fitted the columns and the count.
        model.rows_loaded.connect(self.rows_loaded)
        self._update_count()

    def reload(self) -> None:
        """Read the first page again (search, filter and sort kept)."""
        self.model.reload()

    def _search_now(self) -> None:
        self.model.set_search(self.search.displayText())

    def _on_rows_loaded(self) -> None:
        if not self._fitted and self.model.rowCount():
            self.fit_columns()
        self._update_count()

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            # Put the arrow back where the rows really are sorted.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)

    def fit_columns(self) -> None:
        """Size each column to its header and the first rows (all rows would cost seconds)."""
        model, header = self.model, self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(
            self.table.style().PixelMetric.PM_FocusFrameHMargin, None, self.table
        )
        padding += metrics.horizontalAdvance("MM")
        sample = min(model.rowCount(), SAMPLE_ROWS)
        for column in range(model.columnCount()):
            width = header.sectionSizeFromContents(column).width()
            for row in range(sample):
                width = max(width, metrics.horizontalAdvance(model.texts(row)[column]) + padding)
            header.resizeSection(column, width)
        self._fitted = model.rowCount() > 0

    def changeEvent(self, event) -> None:
        # Larger or smaller text: fit the columns to the new size.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            QTimer.singleShot(0, self, self.fit_columns)
        super().changeEvent(event)

    def _update_count(self) -> None:
        self.count.setText(fill(self.tr("Rows: %1"), self.model.total))

    def _on_activated(self, index) -> None:
        if index.isValid():
            self.activated.emit(self.model.row_at(index.row()))

    def sort_by(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.table.sortByColumn(column, order)

    def selected_row(self):
        """The row object selected, or None."""
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def select_id(self, row_id: int) -> bool:
        """Select the record with this id and scroll to it, fetching pages up to it."""
        row = self.model.find(row_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        return True
