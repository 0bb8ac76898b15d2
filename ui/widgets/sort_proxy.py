"""One proxy for every list: Python comparison of native values, search over all columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCollator, QLocale, QModelIndex, QSortFilterProxyModel, Qt

from .table_model import RowTableModel


def _key(value: object) -> tuple[bool, object]:
    # Empty values sort last; Decimals, dates and numbers compare natively.
    return (value is None or value == "", value)


class SortFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._row_filter: Callable[[object], bool] | None = None
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortLocaleAware(True)

    def set_row_filter(self, predicate: Callable[[object], bool] | None) -> None:
        """Keep only rows whose row object passes, on top of the search text."""
        self.beginFilterChange()
        self._row_filter = predicate
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model = self.sourceModel()
        if (
            self._row_filter is not None
            and isinstance(model, RowTableModel)
            and not self._row_filter(model.row_at(source_row))
        ):
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            return super().lessThan(left, right)
        column = model.COLUMNS[left.column()]
        a = column.sort_key(model.row_at(left.row()))
        b = column.sort_key(model.row_at(right.row()))
        if isinstance(a, str) and isinstance(b, str) and a and b:
            # The language's own order: Swedish å ä ö, Finnish å ä ö after z.
            return self._collator.compare(a, b) < 0
        try:
            return _key(a) < _key(b)
        except TypeError:
            return str(a) < str(b)
