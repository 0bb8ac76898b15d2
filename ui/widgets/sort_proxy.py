"""One proxy for every list: Python comparison of native values, search over all columns."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from .table_model import RowTableModel


def _key(value: object) -> tuple[bool, object]:
    # Empty values sort first; Decimals, dates and strings compare natively.
    if isinstance(value, str):
        return (value == "", value.casefold())
    return (value is None, value)


class SortFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortLocaleAware(True)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RowTableModel):
            return super().lessThan(left, right)
        column = model.COLUMNS[left.column()]
        a = column.sort_key(model.row_at(left.row()))
        b = column.sort_key(model.row_at(right.row()))
        try:
            return _key(a) < _key(b)
        except TypeError:
            return str(a) < str(b)
