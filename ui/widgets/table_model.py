"""Read-only table models over row objects: a plain one, and one that pages from a service."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMetaObject,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from app.locale import format_date
from app.services.listing import PAGE_SIZE, ListQuery, Page
from ui.i18n import current_language

R = TypeVar("R")


def emit_now(sender: QObject, signal: str) -> None:
    """Emit a signal without arguments through Qt rather than `.emit()`.

    With PySide6 6.12.0 every `.emit()` from Python drops one reference to `True` (it returns
    True without taking a reference); a list emitting on every page would, after enough
    scrolling, make Python abort. Qt's own invocation takes no such shortcut.
    """
    QMetaObject.invokeMethod(sender, signal, Qt.ConnectionType.DirectConnection)


SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column(Generic[R]):
    """A column: its header (translated in the model's context) and its text.

    `sort_key` gives a native value for models sorted in Python (small dialog tables);
    `sort` names the service's SQL sort key for paged lists (None: the column does not sort).
    """

    header: str
    display: Callable[[R, str], str]
    sort_key: Callable[[R], Any] | None = None
    numeric: bool = False
    sort: str | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses set CONTEXT and COLUMNS; rows come from an app/ service."""

    CONTEXT = "RowTableModel"
    COLUMNS: Sequence[Column] = ()
    # (column, order) shown first; newest first for dated records.
    DEFAULT_SORT: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        # Formatted cells per row, made on first display: Babel is too slow for every paint.
        self._texts: list[tuple[str, ...] | None] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].header)
        return None

    def texts(self, row: int) -> tuple[str, ...]:
        """The row's cells as shown, formatted once."""
        cached = self._texts[row]
        if cached is None:
            lang = current_language()
            item = self._rows[row]
            cached = tuple(column.display(item, lang) for column in self.COLUMNS)
            self._texts[row] = cached
        return cached

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.texts(index.row())[index.column()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return self._rows[index.row()]
        if role == SORT_ROLE and column.sort_key is not None:
            return column.sort_key(self._rows[index.row()])
        return None


class PagedTableModel(RowTableModel[R]):
    """Rows a page at a time from a service; search, filter and sort are the service's SQL.

    `loader(query) -> Page` runs the list service. Nothing is read until `reload()`; views
    ask for further pages through canFetchMore/fetchMore as they scroll.
    """

    rows_loaded = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loader: Callable[[ListQuery], Page[R]] | None = None
        # position_loader(query, row_id) -> row's index in the whole list, or None.
        self.position_loader: Callable[[ListQuery, int], int | None] | None = None
        column, order = self.DEFAULT_SORT
        self.query = ListQuery(
            sort=self.COLUMNS[column].sort if self.COLUMNS else None,
            descending=order == Qt.SortOrder.DescendingOrder,
            limit=PAGE_SIZE,
        )
        self.sort_column, self.sort_order = column, order
        self.total = 0
        self.loaded = False

    # -- what to show ------------------------------------------------------------------

    def reload(self) -> None:
        """Read the first page again with the current search, filter and sort."""
        if self.loader is None:
            return
        page = self.loader(self.query.at(0))
        self.total = page.total
        self.loaded = True
        self.set_rows(page.rows)
        emit_now(self, "rows_loaded")

    def set_search(self, text: str) -> None:
        self._change(replace(self.query, search=text.strip()))

    def set_filter(self, name: str | None) -> None:
        self._change(replace(self.query, filter=name))

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.COLUMNS) and self.COLUMNS[column].sort is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; a column the service cannot sort by leaves the order as it was."""
        if not self.is_sortable(column) or (column, order) == (self.sort_column, self.sort_order):
            return
        self.sort_column, self.sort_order = column, order
        self._change(
            replace(
                self.query,
                sort=self.COLUMNS[column].sort,
                descending=order == Qt.SortOrder.DescendingOrder,
            )
        )

    def _change(self, query: ListQuery) -> None:
        if query == self.query:
            return
        self.query = query
        if self.loaded:
            self.reload()

    # -- lazy fetching -----------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.loaded and len(self._rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self.loader is None:
            return
        page = self.loader(self.query.at(len(self._rows)))
        self.total = page.total
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._texts.extend([None] * len(page.rows))
            self.endInsertRows()
        else:
            # The list shrank meanwhile: stop asking for more.
            self.total = len(self._rows)
        emit_now(self, "rows_loaded")

    def find(self, row_id: int) -> int | None:
        """The model row of the record with this id, fetching pages up to it if need be."""
        for row, item in enumerate(self._rows):
            if getattr(item, "id", None) == row_id:
                return row
        if self.position_loader is None or not self.loaded:
            return None
        position = self.position_loader(self.query, row_id)
        if position is None:
            return None
        while len(self._rows) <= position and self.canFetchMore():
            self.fetchMore()
        if position < len(self._rows) and getattr(self._rows[position], "id", None) == row_id:
            return position
        return None


def date_text(value: date | None, lang: str) -> str:
    """A date in the UI's format, or nothing."""
    return format_date(value, lang) if value else ""
